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
