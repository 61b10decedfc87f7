/// The Erqi District dataset (`seeds/erqi-district.json`), compiled into the program so that `erqi` runs from
/// any working directory. `scripts/embed-seeds` regenerates the embedded copy after the JSON changes.
public enum ErqiDistrictDataset {
    /// The JSON plan file's bytes.
    public static var bytes: [UInt8] { Array(json.utf8) }

    /// The name used for the file in messages.
    public static let fileName = "seeds/erqi-district.json"
}
