import Foundation
import SkillgapCore

/// The text of one framework file, named by its path relative to the framework folder.
public struct SourceFile: Sendable, Equatable {
  /// The path relative to the framework folder, with `/` separators, such as `roles/ml.yaml`.
  public var path: String
  /// The file's text.
  public var text: String

  /// Creates a file from its relative path and text.
  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}

extension SourceFile {
  /// What decoding a file's bytes gives.
  public enum Decoded: Sendable, Equatable {
    /// The file's text.
    case text(SourceFile)
    /// The file is not UTF-8; the error says where the first bad byte is.
    case notUTF8(Diagnostic)
  }

  /// Decodes a file's bytes as UTF-8 text.
  /// - Parameters:
  ///   - data: The bytes read from disk.
  ///   - path: The path relative to the framework folder.
  /// - Returns: The file, or an error naming the line and column of the first byte that is not
  ///   UTF-8.
  public static func decoding(_ data: Data, path: String) -> Decoded {
    if let text = String(data: data, encoding: .utf8) {
      return .text(SourceFile(path: path, text: text))
    }
    let bytes = [UInt8](data)
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var line = 1
    var column = 1
    var offset = 0
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput, .error:
        break loop
      }
    }
    let byte = offset < bytes.count ? bytes[offset] : 0
    let hex = String(byte, radix: 16, uppercase: true)
    return .notUTF8(
      Diagnostic(
        .error, file: path, line: line, column: column,
        message: "The file is not UTF-8 text (byte 0x\(hex.count < 2 ? "0" + hex : hex) "
          + "here); save it as UTF-8."))
  }

  /// The line and column of a byte offset into the text.
  func position(ofByte offset: Int) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var consumed = 0
    for scalar in text.unicodeScalars {
      consumed += UTF8.width(scalar)
      guard consumed <= offset else { break }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
