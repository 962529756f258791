import ArgumentParser
import Foundation
import SkillgapLoading

/// Shell completion of role ids for `--target`, from the framework the command line names.
enum RoleCompletion {
  /// The completion argument-parser calls when a shell completes `--target`.
  static let kind: CompletionKind = .custom { words, _, prefix in
    candidates(words: words, prefix: prefix, environment: ProcessInfo.processInfo.environment)
  }

  /// The role ids starting with `prefix` of the framework in use: `--content` among `words`,
  /// else `SKILLGAP_CONTENT`, else the embedded one.
  ///
  /// Completion must never print or fail: a framework folder that cannot be loaded completes
  /// nothing.
  /// - Parameters:
  ///   - words: The shell words of the command line, verbatim (quotes included).
  ///   - prefix: What is typed of the word being completed.
  ///   - environment: The process environment.
  /// - Returns: Role ids, in the framework's order.
  static func candidates(words: [String], prefix: String, environment: [String: String])
    -> [String]
  {
    let folder =
      content(in: words) ?? environment["SKILLGAP_CONTENT"].flatMap { $0.isEmpty ? nil : $0 }
    let ids: [String]
    if let folder {
      let loaded = try? FrameworkFolder.load(URL(fileURLWithPath: folder)).framework
      ids = loaded?.roles.map(\.id) ?? []
    } else {
      ids = Embedded.framework().roles.map(\.id)
    }
    return ids.filter { $0.hasPrefix(unquoted(prefix)) }
  }

  /// The value of the last `--content DIR` or `--content=DIR` among the words.
  static func content(in words: [String]) -> String? {
    var found: String?
    for (index, word) in words.enumerated() {
      if word == "--content", index + 1 < words.count {
        found = unquoted(words[index + 1])
      } else if word.hasPrefix("--content=") {
        found = unquoted(String(word.dropFirst("--content=".count)))
      }
    }
    return found.flatMap { $0.isEmpty ? nil : expandingTilde($0) }
  }

  /// A shell word without the quotes and backslashes a person typed around it.
  private static func unquoted(_ word: String) -> String {
    var text = word
    if text.count >= 2, let first = text.first, first == "'" || first == "\"",
      text.last == first
    {
      text = String(text.dropFirst().dropLast())
    }
    return text.replacingOccurrences(of: "\\ ", with: " ")
  }

  private static func expandingTilde(_ path: String) -> String {
    (path as NSString).expandingTildeInPath
  }
}
