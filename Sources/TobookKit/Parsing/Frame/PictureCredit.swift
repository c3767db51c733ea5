/// A photo caption's credit or a credit line alone ("Photo: Dan Steinberg/AP",
/// "Source: Wikimedia Commons", "Jane Doe/Reuters/Getty Images", "Image"): what a browser
/// copies from under a picture. Such a line is never a heading.
enum PictureCredit {
    static func matches(_ line: Substring) -> Bool {
        let folded = line.quickLowercased()
        if bareLabels.contains(folded.trimmingScalars(in: " .:")) { return true }
        if labels.contains(where: { folded.hasPrefix($0) }) { return true }
        // "Figure 3: AndroidManifest SMS filter", "Abb. 2 Verlauf": a numbered figure's caption.
        if let label = figureLabels.first(where: { folded.hasPrefix($0) }),
            folded.dropFirst(label.count).first?.isNumber == true
        {
            return true
        }
        if agencies.contains(where: { folded.contains($0) }) { return true }
        // "… Photo: Tim O’Reilly", "… Source: NASA": a credit at the end of a caption.
        return inlineLabels.contains(where: { folded.contains($0) }) || folded.contains("©")
    }

    private static let bareLabels: Set<String> = [
        "image", "photo", "picture", "video", "bild", "foto", "imagen", "illustration",
    ]
    private static let labels = [
        "photo:", "photo by", "photos:", "photograph by", "photograph:", "image:", "image by",
        "images:", "source:", "credit:", "credits:", "illustration by", "illustration:",
        "photo composite", "foto:", "fotos:", "bild:", "quelle:", "crédit", "photo (",
        "(photo", "(image", "(foto", "fuente:", "imagen:", "copyright",
    ]
    private static let figureLabels = [
        "figure ", "fig. ", "fig ", "abbildung ", "abb. ", "illustration ", "photo ", "image ",
        "grafik ", "tabelle ", "table ", "chart ", "graphique ", "figura ", "imagen ",
    ]
    private static let inlineLabels = [
        " photo: ", " source: ", " image: ", " foto: ", " bild: ", " quelle: ", " credit: ",
        "(photo:", "(photo by", "(image:", "(foto:",
    ]
    private static let agencies = [
        "getty images", "/ap", "ap photo", "/reuters", "reuters/", "/afp", "afp/",
        "shutterstock", "istock", "usatsi", "/dpa", "dpa/", "imago images", "/epa", "epa/",
        "picture alliance", "picture-alliance", "keystone/",
    ]
}
