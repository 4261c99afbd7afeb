import sharp from 'sharp'

export interface PhotoOptions {
  width?: number
  height?: number
}

/**
 * A JPEG that compresses like a photograph (soft gradients, shapes, film grain) rather than a flat test
 * card, as a phone would take it: with EXIF carrying the place it was taken (GPS).
 */
export async function makePhoto({ width = 2400, height = 1600 }: PhotoOptions = {}): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 7
  const grain = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7FFFFFFF
    return (seed / 0x7FFFFFFF - 0.5) * 18
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = x / width
      const v = y / height
      const hill = v > 0.55 + 0.08 * Math.sin(u * 7) + 0.04 * Math.sin(u * 23)
      const sun = Math.max(0, 1 - Math.hypot(u - 0.7, v - 0.3) * 5)
      const base = hill
        ? [60 + 40 * Math.sin(u * 40 + v * 9), 90 + 50 * v + 20 * Math.sin(u * 90), 50 + 20 * Math.cos(v * 30)]
        : [120 + 100 * v + 120 * sun, 150 + 60 * v + 90 * sun, 220 - 60 * v + 20 * sun]
      const offset = (y * width + x) * 3
      for (let channel = 0; channel < 3; channel++)
        pixels[offset + channel] = Math.max(0, Math.min(255, (base[channel] ?? 0) + grain()))
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(0.8)
    .jpeg({ quality: 88 })
    .withExif({ IFD0: { Make: 'Test phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' } })
    .toBuffer()
}
