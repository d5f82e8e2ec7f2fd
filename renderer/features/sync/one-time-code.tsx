// A one-time code to carry to another device or person: the code as text (to read out or type)
// and as a QR code. The QR library loads only when a code is shown; the image is a data: URL of
// an SVG (the Content-Security-Policy allows data: images).
import { useEffect, useState } from 'react';

export function OneTimeCode({
  code,
  testId,
  alt,
  hint,
}: {
  code: string;
  testId: string;
  alt: string;
  hint: string;
}) {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((QRCode) =>
        QRCode.toString(code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      )
      .then((svg) => {
        if (current) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      });
    return () => {
      current = false;
    };
  }, [code]);

  return (
    <div className="sync-code">
      <output className="sync-code__text" data-testid={testId}>
        {code}
      </output>
      {qr && <img className="sync-code__qr" src={qr} alt={alt} />}
      <p className="muted">{hint}</p>
    </div>
  );
}
