import CPangoCairo

/// A Pango font description (`pango_font_description_from_string`), freed with the object.
final class FontDescription {
    let pointer: OpaquePointer
    /// What the description asks for, as text: the same for the same font made on two threads.
    let key: String

    init(
        family: String, points: Double, weight: PangoWeight = PANGO_WEIGHT_NORMAL,
        italic: Bool = false
    ) {
        key = "\(family)|\(points)|\(weight.rawValue)|\(italic)"
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_size(pointer, Int32(points * Double(PANGO_SCALE)))
        pango_font_description_set_weight(pointer, weight)
        if italic { pango_font_description_set_style(pointer, PANGO_STYLE_ITALIC) }
    }

    deinit {
        pango_font_description_free(pointer)
    }

    /// The family fontconfig actually chose for this description (`pango_context_load_font`,
    /// `pango_font_describe`): Pango silently substitutes another font for an unknown name.
    func resolvedFamily(in context: OpaquePointer) -> String? {
        guard let font = pango_context_load_font(context, pointer) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let described = pango_font_describe(font)
        defer { pango_font_description_free(described) }
        return pango_font_description_get_family(described).map { String(cString: $0) }
    }
}
