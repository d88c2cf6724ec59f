// Reads the text of a PDF (as printed by page.pdf()) page by page, with pdf.js.
// Imported on first use: pdf.js warns at load that it cannot draw in Node (only text is read here).

/** The text of each page, items joined by spaces. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return pages;
}

/** Each page's size in points, [width, height]. */
export async function pdfPageSizes(pdf: Buffer): Promise<[number, number][]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const sizes: [number, number][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const [x0, y0, x1, y1] = (await doc.getPage(i)).view;
    sizes.push([x1 - x0, y1 - y0]);
  }
  await doc.destroy();
  return sizes;
}
