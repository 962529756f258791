import Foundation
import SkillgapCore

/// Reads a ratings file: a saved assessment (JSON) or a spreadsheet's CSV, told apart by content.
enum RatingsFile {
  /// Reads the ratings in `path` as an assessment of `framework`.
  ///
  /// Problems that do not stop the run (a skill the framework lacks, an ignored column, a
  /// rating dropped because the framework changed) are printed as warnings on standard error.
  /// - Parameters:
  ///   - path: The file.
  ///   - framework: The framework in use.
  /// - Returns: The assessment, fitted to the framework.
  /// - Throws: ``CommandError`` when the file is missing, unreadable or malformed.
  static func load(_ path: String, framework: Framework) throws -> Assessment {
    let url = URL(fileURLWithPath: path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw CommandError.ratingsMissing(path: path)
    }
    guard !isFolder.boolValue else {
      throw CommandError.ratingsUnreadable(path: path, reason: "it is a folder, not a file")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw CommandError.ratingsUnreadable(path: path, reason: reason(of: error))
    }
    let bytes = [UInt8](data)
    let content = SpreadsheetText.decode(bytes).text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
    if content.first == "{" {
      return try assessment(json: data, path: path, framework: framework)
    }
    let modified =
      (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
      ?? Date(timeIntervalSince1970: 0)
    let result = RatingsCSV.read(bytes: bytes, file: path, framework: framework, ratedAt: modified)
    for problem in result.diagnostics.sortedForDisplay() { Output.error("skillgap: \(problem)") }
    let errors = result.diagnostics.filter { $0.severity == .error }.count
    if errors > 0 { throw CommandError.ratingsHaveErrors(path: path, count: errors) }
    if result.ratings.isEmpty {
      Output.error(
        "skillgap: warning: \(path) rates no skill yet; every requirement counts as not assessed.")
    }
    return result.assessment(of: framework, at: modified)
  }

  private static func assessment(json data: Data, path: String, framework: Framework) throws
    -> Assessment
  {
    let decoded: Assessment
    do {
      decoded = try AssessmentDocument.decode(data)
    } catch AssessmentDocument.DocumentError.exportDocument {
      throw CommandError.ratingsAreAnExport(path: path)
    } catch {
      throw CommandError.ratingsInvalid(path: path, reason: error.localizedDescription)
    }
    guard decoded.frameworkID == framework.id else {
      throw CommandError.ratingsOfOtherFramework(
        path: path, found: decoded.frameworkID, expected: framework.id)
    }
    let (fitted, dropped) = decoded.fitted(to: framework)
    if !dropped.isEmpty {
      let version =
        decoded.frameworkVersion == framework.version
        ? "" : " (it was saved with version \(decoded.frameworkVersion))"
      Output.error(
        "skillgap: warning: \(path): ignoring \(dropped.count == 1 ? "1 rating" : "\(dropped.count) ratings") "
          + "that version \(framework.version) of the framework cannot use\(version): "
          + dropped.joined(separator: ", ") + ".")
    }
    if let target = decoded.target, fitted.target == nil {
      Output.error(
        "skillgap: warning: \(path): the saved target role '\(target)' is not in the framework "
          + "any more; it is ignored.")
    }
    return fitted
  }

  private static func reason(of error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code))).lowercased()
    }
    if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoPermissionError {
      return "permission denied"
    }
    return nsError.localizedDescription
  }
}
