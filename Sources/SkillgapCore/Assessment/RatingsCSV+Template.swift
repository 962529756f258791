extension RatingsCSV {
  /// The template's header row.
  public static let templateColumns = ["skill", "name", "level", "note"]

  /// A ratings CSV to fill in a spreadsheet: every skill's id and name, with empty level and
  /// note columns.
  ///
  /// The text starts with a UTF-8 byte-order mark, so a spreadsheet reads names with accents
  /// correctly. Rows are in framework order (category by category). Cells are written as
  /// ``CSVText/cell(_:)`` writes them, so a name that looks like a formula stays text.
  /// - Parameter framework: The framework.
  /// - Returns: CSV text with CRLF line ends that ``read(_:file:framework:ratedAt:)`` accepts back.
  public static func template(_ framework: Framework) -> String {
    var out = CSVText.byteOrderMark + CSVText.line(templateColumns)
    for skill in framework.skills {
      out += CSVText.line([skill.id, ExportFormatting.oneLine(skill.name), "", ""])
    }
    return out
  }
}
