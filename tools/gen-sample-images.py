#!/usr/bin/env python3
"""Generate the images of the sample site (assets/sample-site) with ImageMagick 6.

Run from the repository root:  python3 tools/gen-sample-images.py
Needs ImageMagick's `convert` (apt-get install -y imagemagick) and the DejaVu
fonts. The images are simple drawings: gradients, shapes and text labels.
Output is deterministic enough for a sample; exact bytes are not relied upon.
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "sample-site")
PUBLIC = os.path.join(ROOT, "public", "images")
BLOG_IMG = os.path.join(ROOT, "src", "data", "blog", "img")
# ogImage is declared with image() in the schema: Astro 5 imports it, so it lives under src/assets.
ASSETS = os.path.join(ROOT, "src", "assets", "images")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def find_convert():
    # Prefer the real ImageMagick binary over any wrapper earlier on PATH.
    for cand in ("/usr/bin/convert", shutil.which("magick"), shutil.which("convert")):
        if cand and os.path.exists(cand):
            return cand
    sys.exit("ImageMagick `convert` not found: apt-get install -y imagemagick")


CONVERT = find_convert()


def im(*args):
    cmd = [CONVERT, *[str(a) for a in args]]
    subprocess.run(cmd, check=True)


def og_image(path):
    # 1200x630 Open Graph card: dusk gradient, a ridge line, title text.
    im("-size", "1200x630", "gradient:#f4e3c1-#5b7c99",
       "-fill", "#2f3e46", "-draw", "polygon 0,630 0,470 180,400 330,450 520,330 700,420 880,360 1040,430 1200,380 1200,630",
       "-fill", "#f7f3ea", "-draw", "circle 960,170 960,215",
       "-font", FONT_BOLD, "-pointsize", "84", "-fill", "#1d2a30",
       "-annotate", "+80+200", "Field Notes",
       "-font", FONT, "-pointsize", "34", "-fill", "#1d2a30",
       "-annotate", "+84+260", "trails \u00b7 darkroom \u00b7 bread \u00b7 small tools",
       "-strip", "-colors", "64", f"PNG8:{path}")


def starter_bubbles(path):
    # A PNG: a jar outline with bubbles drawn in it.
    draw = ["-fill", "none", "-stroke", "#6b5b45", "-strokewidth", "6",
            "-draw", "roundrectangle 250,60 550,460 30,30",
            "-fill", "#efe2c6", "-stroke", "none",
            "-draw", "rectangle 256,200 544,454"]
    bubbles = [(300, 240, 12), (360, 300, 18), (430, 260, 9), (500, 330, 15), (330, 380, 10),
               (410, 400, 20), (480, 420, 8), (290, 320, 7), (450, 340, 11), (380, 230, 6)]
    for x, y, r in bubbles:
        draw += ["-fill", "#fffaf0", "-stroke", "#b49a70", "-strokewidth", "2",
                 "-draw", f"circle {x},{y} {x + r},{y}"]
    im("-size", "800x500", "xc:#faf6ee", *draw,
       "-font", FONT, "-pointsize", "22", "-fill", "#6b5b45", "-stroke", "none",
       "-annotate", "+590+250", "bubbles all",
       "-annotate", "+590+280", "the way through",
       "-strip", "-colors", "32", f"PNG8:{path}")


def test_strip(path):
    # A PNG: five exposure steps from light grey to black, labelled in seconds.
    args = ["-size", "900x300", "xc:white"]
    greys = ["#d9d9d9", "#a6a6a6", "#737373", "#404040", "#111111"]
    for i, g in enumerate(greys):
        x0, x1 = 20 + i * 172, 20 + (i + 1) * 172
        args += ["-fill", g, "-draw", f"rectangle {x0},40 {x1},240"]
        label_fill = "#000000" if i < 2 else "#ffffff"
        args += ["-font", FONT, "-pointsize", "26", "-fill", label_fill,
                 "-annotate", f"+{x0 + 55}+150", f"{(i + 1) * 3} s"]
    args += ["-font", FONT, "-pointsize", "20", "-fill", "#333333",
             "-annotate", "+20+280", "test strip, grade 2, f/8"]
    im(*args, "-strip", "-colors", "16", f"PNG8:{path}")


def starter_jar(path):
    # A JPEG: warm gradient shelf with a jar shape.
    im("-size", "800x600", "gradient:#e9d8b4-#8a6a44",
       "-fill", "#5a4129", "-draw", "rectangle 0,470 800,600",
       "-fill", "#dfe9ee", "-stroke", "#7c8d96", "-strokewidth", "5",
       "-draw", "roundrectangle 290,130 510,470 26,26",
       "-fill", "#f1e6cc", "-stroke", "none", "-draw", "rectangle 296,250 504,464",
       "-fill", "#c1272d", "-draw", "rectangle 286,245 514,255",
       "-fill", "#9aa7ad", "-draw", "rectangle 280,110 520,135",
       "-quality", "78", "-strip", f"JPEG:{path}")


def ridge_gif(path):
    # An animated GIF: a dot walking along a ridge profile, 8 frames.
    tmp = tempfile.mkdtemp()
    ridge = [(0, 170), (60, 120), (130, 95), (200, 110), (270, 70), (340, 90), (410, 60), (480, 140)]
    frames = []
    for i in range(8):
        x = 30 + i * 60
        # height of the ridge at x by linear interpolation
        for (xa, ya), (xb, yb) in zip(ridge, ridge[1:]):
            if xa <= x <= xb:
                y = ya + (yb - ya) * (x - xa) / (xb - xa)
                break
        pts = " ".join(f"{px},{py}" for px, py in ridge) + " 480,200 0,200"
        f = os.path.join(tmp, f"f{i}.gif")
        im("-size", "480x200", "gradient:#cfe3f0-#f6efe0",
           "-fill", "#7a8f5a", "-draw", f"polygon {pts}",
           "-fill", "#b03a2e", "-draw", f"circle {x},{int(y) - 10} {x + 6},{int(y) - 10}",
           "-font", FONT, "-pointsize", "14", "-fill", "#333333",
           "-annotate", "+10+20", f"km {i * 3}",
           "-colors", "16", f)
        frames.append(f)
    im("-delay", "40", "-loop", "0", *frames, "-layers", "Optimize", path)
    shutil.rmtree(tmp)


def main():
    os.makedirs(PUBLIC, exist_ok=True)
    os.makedirs(BLOG_IMG, exist_ok=True)
    os.makedirs(ASSETS, exist_ok=True)
    og_image(os.path.join(ASSETS, "og-field-notes.png"))
    starter_bubbles(os.path.join(PUBLIC, "starter-bubbles.png"))
    test_strip(os.path.join(PUBLIC, "test-strip.png"))
    ridge_gif(os.path.join(PUBLIC, "ridge-walk.gif"))
    starter_jar(os.path.join(BLOG_IMG, "starter-jar.jpg"))


if __name__ == "__main__":
    main()
