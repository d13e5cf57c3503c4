"""The SVG Tiny 1.2 elements and attributes the kiosk lets a picture use: what Qt SVG draws.

An allow-list, so anything new (script, foreignObject, filters, animation, external images) is
refused until someone decides it is safe. ``<image>`` is left out on purpose: it would load
another file, or an embedded picture the checks in ``images.py`` never saw.
"""

from __future__ import annotations

SVG_ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "title", "desc", "metadata", "switch", "a",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textArea", "tbreak",
        "use", "linearGradient", "radialGradient", "stop", "solidColor",
    }
)  # fmt: skip

SVG_ATTRIBUTES = frozenset(
    {
        # structure
        "id", "version", "baseProfile", "width", "height", "viewBox", "preserveAspectRatio",
        "transform", "style", "class", "lang", "space", "base",
        "requiredFeatures", "requiredExtensions", "requiredFormats", "requiredFonts",
        "systemLanguage", "focusable", "target", "role", "aria-label", "aria-hidden",
        # geometry
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "pathLength",
        "dx", "dy", "rotate",
        # paint
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
        "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
        "stroke-dashoffset", "opacity", "color", "display", "visibility", "vector-effect",
        "solid-color", "solid-opacity", "viewport-fill", "viewport-fill-opacity",
        "color-rendering", "shape-rendering", "text-rendering", "image-rendering", "buffered-rendering",
        # text
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "text-anchor",
        "text-align", "display-align", "line-increment", "direction", "unicode-bidi", "editable",
        # gradients
        "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod",
        "fx", "fy",
    }
)  # fmt: skip

#: What to do instead, for the elements drawing programs often write that the kiosk refuses.
_FILTER = (
    "Qt does not draw filters, blurs or drop shadows; remove it (a shadow can be a plain shape of a "
    "darker colour drawn beneath)"
)
ELEMENT_ADVICE = {
    "clipPath": "Qt does not clip; draw only the part you want, or crop the drawing before saving it",
    "mask": "Qt does not draw masks; draw only the part you want, with fill-opacity for see-through parts",
    "filter": _FILTER,
    "textPath": "text on a path is not drawn at all; write it with <text> on a straight line",
    "symbol": 'Qt does not size <symbol>; put the shapes in <g id="…"> inside <defs> and draw them with <use>',
    "pattern": "Qt does not fill with patterns; use a plain colour or a gradient",
    "marker": "Qt does not draw markers; draw arrow heads as small <path> or <polygon> shapes",
    "image": "a picture may not hold another picture; draw it as shapes, or show a PNG on its own",
    "foreignObject": "only SVG is drawn; write the text with <text>",
    "style": (
        "a <style> sheet is not read; write each shape's colours in its own attributes "
        "(in Inkscape: Save As, Optimized SVG, with 'Convert CSS attributes to XML attributes')"
    ),
}
#: What to do instead, for attributes drawing programs often write that the kiosk refuses.
ATTRIBUTE_ADVICE = {
    "clip-path": ELEMENT_ADVICE["clipPath"],
    "mask": ELEMENT_ADVICE["mask"],
    "filter": _FILTER,
    "marker-start": ELEMENT_ADVICE["marker"],
    "marker-mid": ELEMENT_ADVICE["marker"],
    "marker-end": ELEMENT_ADVICE["marker"],
}
#: Attributes (and style properties) that take a colour.
PAINT_ATTRIBUTES = frozenset({"fill", "stroke", "stop-color", "color", "solid-color", "viewport-fill"})
