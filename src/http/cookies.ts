export const SESSION_COOKIE = 'motcua_sid';
