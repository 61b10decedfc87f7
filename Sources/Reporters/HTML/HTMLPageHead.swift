import ErqiReporting

/// The start of every page the HTML reporter writes: the doctype, the language, the Content-Security-Policy,
/// the title and the inline style sheet.
enum HTMLPageHead {
    /// Writes everything up to and including `<body>`.
    /// - Parameters:
    ///   - title: The page title, escaped here.
    ///   - language: The page's language.
    ///   - output: The stream to write to.
    static func write<Output: TextOutputStream>(title: String, language: Language, to output: inout Output) {
        output.write("<!DOCTYPE html>\n")
        output.write("<html lang=\"\(language == .zh ? "zh-Hans" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n")
        output.write(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLReporter.contentSecurityPolicy)\">\n")
        output.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        output.write("<meta name=\"referrer\" content=\"no-referrer\">\n")
        output.write(
            "<title>\(HTMLReporter.escaped(title))</title>\n<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n")
    }
}
