import { useEffect, useState } from 'react';

/** A QR code image of `url` (qrcode, loaded on demand), with the URL printed under it. */
export function QrCode({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qr) => qr.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 220 }))
      .then(
        (data) => {
          if (live) setSrc(data);
        },
        () => {
          if (live) setFailed(true);
        },
      );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <figure className="qr">
      {src ? <img src={src} width={220} height={220} alt={label} /> : null}
      {failed ? <p className="muted small">Không tạo được mã QR.</p> : null}
      <figcaption className="small">
        <a href={url}>{url}</a>
      </figcaption>
    </figure>
  );
}
