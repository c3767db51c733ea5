import CPangoCairo

/// Draws a cover from the book's title, subtitle and authors, in the theme's typeface and
/// colours, at Kindle's 1600×2560: a frame, the title large in the upper half (wrapped, and
/// shrunk until it fits), a rule, the subtitle in italics, the authors near the foot. Pango's
/// font fallback sets any script. Written as JPEG, the form readers and stores handle best.
struct CoverRenderer: Sendable {
    static let width = 1600
    static let height = 2560

    var style: CoverStyle

    /// Rows drawn at a time: the cover is drawn band by band and each band handed to libjpeg,
    /// so it costs about a megabyte of memory instead of the 16 a whole 1600×2560 surface takes.
    static let bandHeight = 160

    /// Loads the fonts the cover will use (fontconfig's setup and the upright faces), so that
    /// drawing starts at once when the metadata arrives. Pango's font map is per thread: call it
    /// on the thread that will render. The italics are left to the subtitle, if there is one:
    /// loading them costs about a megabyte of memory that most books never use.
    func warmUp() {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1) else { return }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { return }
        defer { cairo_destroy(context) }
        let family = style.fontFamilies.joined(separator: ",")
        _ = drawFitted(
            "Aa", in: context, family: family, largest: 60, smallest: 60, width: 1000,
            maxHeight: 1000, top: 0, italic: false)
    }

    func render(_ metadata: BookMetadata) -> CoverImage? {
        let width = Self.width
        let height = Self.height
        let band = Self.bandHeight
        guard
            let surface = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32(width), Int32(band))
        else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
            let writer = JPEGBandWriter(width: width, height: height, quality: 90)
        else { return nil }
        let rowBytes = Int(cairo_image_surface_get_stride(surface))
        for top in stride(from: 0, to: height, by: band) {
            guard let context = cairo_create(surface) else { return nil }
            cairo_translate(context, 0, -Double(top))
            draw(metadata, in: context)
            cairo_destroy(context)
            cairo_surface_flush(surface)
            guard let pixels = cairo_image_surface_get_data(surface),
                writer.write(pixels, stride: rowBytes, rows: min(band, height - top))
            else { return nil }
        }
        guard let bytes = writer.finish() else { return nil }
        return CoverImage(
            bytes: bytes, format: .jpeg, width: width, height: height,
            altText: CoverImage.altText(for: metadata))
    }

    /// The whole cover, in cover coordinates (the context is shifted to the band being drawn).
    private func draw(_ metadata: BookMetadata, in context: OpaquePointer) {
        let width = Self.width
        let height = Self.height
        set(context, style.background)
        cairo_rectangle(context, 0, 0, Double(width), Double(height))
        cairo_fill(context)
        // A double frame, inset.
        set(context, style.accent)
        cairo_set_line_width(context, 6)
        cairo_rectangle(context, 90, 90, Double(width - 180), Double(height - 180))
        cairo_stroke(context)
        cairo_set_line_width(context, 2)
        cairo_rectangle(context, 112, 112, Double(width - 224), Double(height - 224))
        cairo_stroke(context)

        let family = style.fontFamilies.joined(separator: ",")
        let textWidth = Double(width) - 2 * 200
        set(context, style.ink)
        let titleBottom = drawFitted(
            metadata.title, in: context, family: family, largest: 170, smallest: 60,
            width: textWidth, maxHeight: 1000, top: 480, italic: false)
        var y = titleBottom + 90
        set(context, style.accent)
        cairo_set_line_width(context, 5)
        cairo_move_to(context, Double(width) / 2 - 160, y)
        cairo_line_to(context, Double(width) / 2 + 160, y)
        cairo_stroke(context)
        y += 90
        if let subtitle = metadata.subtitle, !subtitle.isEmpty {
            set(context, style.ink)
            y = drawFitted(
                subtitle, in: context, family: family, largest: 76, smallest: 40,
                width: textWidth, maxHeight: 420, top: y, italic: true)
        }
        if !metadata.authors.isEmpty {
            set(context, style.ink)
            let names = metadata.authors.joined(separator: "\n")
            let blockHeight = 300.0
            _ = drawFitted(
                names, in: context, family: family, largest: 92, smallest: 44, width: textWidth,
                maxHeight: blockHeight, top: Double(height) - 260 - blockHeight, italic: false,
                bottomAligned: true)
        }
    }

    /// Lays `text` out centred, from `largest` pixels down until it fits `width` without
    /// breaking a word and `maxHeight`; draws it from `top` (or so that it ends at
    /// `top + maxHeight`) and returns the y of its last line's bottom.
    private func drawFitted(
        _ text: String, in context: OpaquePointer, family: String, largest: Double,
        smallest: Double, width: Double, maxHeight: Double, top: Double, italic: Bool,
        bottomAligned: Bool = false
    ) -> Double {
        guard let layout = pango_cairo_create_layout(context) else { return top }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        if italic { pango_font_description_set_style(description, PANGO_STYLE_ITALIC) }
        pango_layout_set_text(layout, text, Int32(text.utf8.count))
        pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        var size = largest
        var logical = PangoRectangle()
        while true {
            pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
            pango_layout_set_font_description(layout, description)
            pango_layout_set_spacing(layout, Int32(size * 0.12 * Double(PANGO_SCALE)))
            pango_layout_get_pixel_extents(layout, nil, &logical)
            // A word wider than the line sticks out of the layout's width: shrink further.
            let fits = Double(logical.width) <= width && Double(logical.height) <= maxHeight
            if fits || size <= smallest { break }
            size = max(smallest, size * 0.92)
        }
        if size <= smallest {
            // Still too big at the smallest size: let long words break anywhere.
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_height(layout, -max(1, Int32(maxHeight / (size * 1.3))))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
            pango_layout_get_pixel_extents(layout, nil, &logical)
        }
        let y = bottomAligned ? top + maxHeight - Double(logical.height) : top
        cairo_move_to(context, 200, y)
        pango_cairo_show_layout(context, layout)
        return y + Double(logical.height)
    }

    private func set(_ context: OpaquePointer, _ colour: CoverStyle.RGB) {
        cairo_set_source_rgb(context, colour.red, colour.green, colour.blue)
    }
}
