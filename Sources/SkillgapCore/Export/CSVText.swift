import Foundation

/// RFC 4180 CSV: writing safe cells and reading records with the line each starts on.
public enum CSVText {
  /// A record read from CSV text.
  public struct Record: Sendable, Equatable {
    /// The 1-based line the record starts on.
    public var line: Int
    /// The fields, unquoted.
    public var fields: [String]

    /// Creates a record.
    public init(line: Int, fields: [String]) {
      self.line = line
      self.fields = fields
    }

    /// Whether the record is an empty line.
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingSpaces.isEmpty } }
  }

  /// Why CSV text cannot be read.
  public enum ParseError: Error, Equatable {
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(line: Int)
    /// A character follows a closing quote on `line` (column is 1-based, in characters).
    case textAfterQuote(line: Int, column: Int)
  }

  /// A character that separates fields.
  public enum Delimiter: Character, Sendable, Equatable, CaseIterable {
    /// A comma, as RFC 4180 and English-language spreadsheets write.
    case comma = ","
    /// A semicolon, as spreadsheets write where the comma is the decimal mark (German, French).
    case semicolon = ";"
    /// A tab, as "tab-separated" or "Unicode text" exports write.
    case tab = "\t"

    /// The delimiter's name in a sentence.
    public var name: String {
      switch self {
      case .comma: "comma"
      case .semicolon: "semicolon"
      case .tab: "tab"
      }
    }

    var scalar: Unicode.Scalar {
      switch self {
      case .comma: ","
      case .semicolon: ";"
      case .tab: "\t"
      }
    }

    /// The delimiter the first non-blank line uses most, outside quotes; a comma on a tie or
    /// when the line has none of them.
    /// - Parameter text: CSV text.
    /// - Returns: The delimiter.
    /// - Complexity: O(*n*) in the length of the first non-blank line.
    public static func detect(in text: String) -> Delimiter {
      var counts: [Delimiter: Int] = [:]
      var inQuotes = false
      var started = false
      for scalar in text.unicodeScalars {
        if scalar == "\"" {
          inQuotes.toggle()
        } else if !inQuotes, scalar == "\n" || scalar == "\r" {
          if started { break }
        } else if !inQuotes, let delimiter = allCases.first(where: { $0.scalar == scalar }) {
          counts[delimiter, default: 0] += 1
        }
        if scalar != "\n" && scalar != "\r" && scalar != " " && scalar != "\u{FEFF}" {
          started = true
        }
      }
      // allCases is in order of preference, so the first of the most used wins a tie.
      let most = counts.values.max() ?? 0
      return allCases.first { most > 0 && counts[$0] == most } ?? .comma
    }
  }

  /// The byte-order mark a CSV file starts with, so that a spreadsheet's default import reads
  /// it as UTF-8 instead of the machine's code page (Excel shows `Ã‡etinkaya` without it).
  public static let byteOrderMark = "\u{FEFF}"

  /// The characters a spreadsheet reads as the start of a formula.
  public static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// A cell as written to a CSV file: neutralised, then quoted when it needs to be.
  ///
  /// A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or
  /// a carriage return) gets a leading `'`, so it is shown as text; a cell holding a comma, a
  /// semicolon, a tab, a quote or a line break is quoted, with quotes doubled, so the file
  /// reads the same whichever delimiter a spreadsheet or ``Delimiter/detect(in:)`` assumes. A
  /// cell starting with U+FEFF is quoted too, so it is never taken for a byte-order mark.
  /// - Parameter text: The cell's text.
  /// - Returns: The cell as it goes between commas.
  public static func cell(_ text: String) -> String {
    var value = text
    // Scalars, not characters: `=` followed by a combining mark is one character but a
    // spreadsheet still sees the `=`, and a quote followed by one must still be doubled.
    if let first = value.unicodeScalars.first, formulaStarts.contains(Character(first)) {
      value = "'" + value
    }
    let needsQuotes =
      value.unicodeScalars.first == "\u{FEFF}"
      || value.unicodeScalars.contains {
        $0 == "," || $0 == ";" || $0 == "\t" || $0 == "\"" || $0 == "\n" || $0 == "\r"
      }
    guard needsQuotes else { return value }
    var quoted = String.UnicodeScalarView()
    quoted.append("\"")
    for scalar in value.unicodeScalars {
      quoted.append(scalar)
      if scalar == "\"" { quoted.append("\"") }
    }
    quoted.append("\"")
    return String(quoted)
  }

  /// A record as a CSV line ending with CRLF.
  public static func line(_ cells: [String]) -> String {
    cells.map(cell).joined(separator: ",") + "\r\n"
  }

  /// Reads CSV text into records.
  ///
  /// Accepts CRLF, LF or CR line ends, a leading byte-order mark, and quoted fields spanning
  /// lines. A quote inside an unquoted field is kept as text.
  /// - Parameters:
  ///   - text: The CSV text.
  ///   - delimiter: The character between fields.
  /// - Returns: Every record, blank lines included, with the line each starts on.
  /// - Throws: ``ParseError`` for an unclosed quote or text after a closing quote.
  /// - Complexity: O(*n*) in the length of the text.
  public static func parse(_ text: String, delimiter: Delimiter = .comma) throws(ParseError)
    -> [Record]
  {
    let separator = delimiter.scalar
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var quoteLine = 0
    var inQuotes = false
    var afterQuote = false
    var column = 0
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var index = 0
    func endRecord() {
      fields.append(field)
      records.append(Record(line: recordLine, fields: fields))
      fields = []
      field = ""
      afterQuote = false
    }
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      column += 1
      if inQuotes {
        if scalar == "\"" {
          if index < scalars.count && scalars[index] == "\"" {
            field.unicodeScalars.append("\"")
            index += 1
            column += 1
          } else {
            inQuotes = false
            afterQuote = true
          }
        } else {
          if scalar == "\n"
            || (scalar == "\r" && (index >= scalars.count || scalars[index] != "\n"))
          {
            line += 1
            column = 0
          }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case separator:
        fields.append(field)
        field = ""
        afterQuote = false
      case "\r", "\n":
        if scalar == "\r" && index < scalars.count && scalars[index] == "\n" { index += 1 }
        endRecord()
        line += 1
        column = 0
        recordLine = line
      case "\"" where field.isEmpty && !afterQuote:
        inQuotes = true
        quoteLine = line
      default:
        if afterQuote { throw .textAfterQuote(line: line, column: column) }
        field.unicodeScalars.append(scalar)
      }
    }
    if inQuotes { throw .unterminatedQuote(line: quoteLine) }
    if !field.isEmpty || !fields.isEmpty || afterQuote { endRecord() }
    return records
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
  }
}
