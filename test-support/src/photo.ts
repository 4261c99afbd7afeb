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
  const grain = (amount: number) => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7FFFFFFF
    return (seed / 0x7FFFFFFF - 0.5) * amount
  }
  // Value noise: a lattice of random values every `cell` pixels, blended bilinearly, at three scales.
  const lattice = (cell: number) => {
    const columns = Math.ceil(width / cell) + 2
    const values = Float32Array.from({ length: columns * (Math.ceil(height / cell) + 2) }, () => grain(1))
    return (x: number, y: number) => {
      const gx = x / cell
      const gy = y / cell
      const x0 = Math.floor(gx)
      const y0 = Math.floor(gy)
      const fx = gx - x0
      const fy = gy - y0
      const at = (column: number, row: number) => values[row * columns + column] ?? 0
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx
      return top * (1 - fy) + bottom * fy
    }
  }
  const fine = lattice(3)
  const medium = lattice(11)
  const coarse = lattice(60)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const u = x / width
      const v = y / height
      const texture = fine(x, y) * 70 + medium(x, y) * 90 + coarse(x, y) * 80
      const hill = v > 0.55 + 0.08 * Math.sin(u * 7) + 0.04 * Math.sin(u * 23) + coarse(x, y) * 0.05
      const sun = Math.max(0, 1 - Math.hypot(u - 0.7, v - 0.3) * 5)
      const base = hill
        ? [70 + texture * 0.6, 100 + texture, 50 + texture * 0.4]
        : [120 + 100 * v + 120 * sun + coarse(x, y) * 40, 150 + 60 * v + 90 * sun + coarse(x, y) * 30, 220 - 60 * v + 20 * sun]
      const offset = (y * width + x) * 3
      for (let channel = 0; channel < 3; channel++)
        pixels[offset + channel] = Math.max(0, Math.min(255, (base[channel] ?? 0) + grain(10)))
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 88 })
    .withExif({ IFD0: { Make: 'Test phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 3/1' } })
    .toBuffer()
}
