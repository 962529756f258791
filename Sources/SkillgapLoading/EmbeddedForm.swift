import Foundation
import SkillgapCore

/// The ready-made form of a framework that the build embeds in the binary.
///
/// The build validates `Content/` and stores the framework as JSON inside generated Swift
/// source, so the binary needs no files beside it and parses no YAML when it starts.
public enum EmbeddedForm {
  /// Encodes a framework as compact, stable JSON.
  /// - Throws: An encoding error, which a valid framework never produces.
  public static func encode(_ framework: Framework) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(framework)
  }

  /// Decodes a framework encoded by ``encode(_:)``.
  /// - Throws: A decoding error when the data is not such a framework.
  public static func decode(_ data: Data) throws -> Framework {
    try JSONDecoder().decode(Framework.self, from: data)
  }

  /// Swift source that holds `json` as the string constant `EmbeddedFramework.json`.
  public static func swiftSource(json: String) -> String {
    var hashes = "#"
    while json.contains("\"" + hashes) || json.contains("\\" + hashes) { hashes += "#" }
    return """
      // Generated at build time by skillgap-embed from Content/. Do not edit.
      enum EmbeddedFramework {
        static let json = \(hashes)"\(json)"\(hashes)
      }

      """
  }
}
