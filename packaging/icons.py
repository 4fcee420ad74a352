"""Build the application icon's PNG and ICO files from its SVG source, for the bundle.

    python packaging/icons.py OUT_DIR

writes ``cmer-desk-<size>.png`` for each size of SIZES (each drawn by Qt's SVG renderer at that size, so
small sizes stay sharp), ``cmer-desk.png`` (256 px, the icon of the Linux .desktop entry) and
``cmer-desk.ico`` (every size, for the Windows executable and installer; written by Pillow, which
ReportLab already depends on). Run in its own process with the offscreen Qt platform, so it needs no
display; the PyInstaller spec calls it before the analysis.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "cmer_desk" / "ui" / "icons" / "cmer-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon source {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")


def build(out_dir: Path, svg: Path = SOURCE) -> list[Path]:
    """Write the PNG files and the ICO into ``out_dir``; returns the files written."""
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - needed by the renderer
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = []
    for size in SIZES:
        target = out_dir / f"cmer-desk-{size}.png"
        render_png(svg, size, target)
        pngs.append(target)
    largest = out_dir / "cmer-desk.png"
    largest.write_bytes(pngs[-1].read_bytes())
    images = [Image.open(png) for png in pngs]
    ico = out_dir / "cmer-desk.ico"
    images[-1].save(ico, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    return [*pngs, largest, ico]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in build(Path(sys.argv[1])):
        print(path)
