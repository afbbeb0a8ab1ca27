# Mandelbrot set: escape-time iteration on a grid of points, counting those that stay bounded.
def mandelbrot(width, height, max_iter):
    inside = 0
    iter_sum = 0
    for row in range(height):
        ci = 2.0 * row / height - 1.0
        for col in range(width):
            cr = 3.0 * col / width - 2.0
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == max_iter:
                inside += 1
            iter_sum += n
    return inside, iter_sum


print(mandelbrot(400, 300, 100))
