// A logo strip like the ones ESF projects must print (four marks in a row), drawn in the page's
// canvas and returned as PNG bytes, for uploading through the project settings.
export async function logoStripPng(page) {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 900;
    canvas.height = 90;
    const g = canvas.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 900, 90);
    const marks = [
      ['#1f4e9c', 'Fundusze Europejskie'],
      ['#d4213d', 'Rzeczpospolita Polska'],
      ['#2a7a3b', 'Województwo'],
      ['#003399', 'Unia Europejska'],
    ];
    marks.forEach(([colour, label], i) => {
      const x = 15 + i * 222;
      g.fillStyle = colour;
      g.fillRect(x, 20, 50, 50);
      g.fillStyle = '#222';
      g.font = '16px sans-serif';
      g.fillText(label, x + 58, 50);
    });
    return canvas.toDataURL('image/png').split(',')[1];
  });
  return Buffer.from(base64, 'base64');
}
