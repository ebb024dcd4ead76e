// Reading a delegate card's QR code in the browser with ZXing: from the phone's camera, or from a photo of the card.
// Loaded only by the check-in page (the reader is ~400 KB before compression).
import { BrowserQRCodeReader, type IScannerControls } from '@zxing/browser';

const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150, delayBetweenScanSuccess: 800 });

/** The text of the QR code in an image file, or null when none can be read in it. */
export async function decodeImageFile(file: Blob): Promise<string | null> {
  const url = URL.createObjectURL(file);
  try {
    return (await reader.decodeFromImageUrl(url)).getText();
  } catch {
    // ZXing throws NotFoundException (and checksum/format errors) for an image without a readable code.
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Scans continuously with the back camera into `video`; each code read is given to `onCode`. */
export async function startCamera(video: HTMLVideoElement, onCode: (text: string) => void): Promise<IScannerControls> {
  return reader.decodeFromConstraints({ video: { facingMode: 'environment' }, audio: false }, video, (result) => {
    if (result) onCode(result.getText());
  });
}
