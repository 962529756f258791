import Foundation

/// Problems a person meets with the report, plan, roles and template commands; each message is
/// one sentence naming the file or value and the fix. ``Output/run(_:)`` prints them after
/// `skillgap: ` and exits 1.
enum CommandError: LocalizedError, Equatable {
  case ratingsMissing(path: String)
  case noSavedAssessment(path: String)
  case ratingsUnreadable(path: String, reason: String)
  case ratingsInvalid(path: String, reason: String)
  case ratingsAreAnExport(path: String)
  case ratingsOfOtherFramework(path: String, found: String, expected: String)
  case ratingsHaveErrors(path: String, count: Int)
  case unknownRole(id: String, suggestions: [String])
  case noTarget
  case outputFailed(path: String, reason: String)
  case unknownStep(id: String, suggestions: [String])
  /// The history folder holds no snapshot.
  case noHistory(folder: String)
  /// `diff` needs two snapshots and the history has one.
  case oneSnapshot(folder: String)
  /// A snapshot named by number or date that the history does not have.
  case unknownSnapshot(reference: String, count: Int)

  var errorDescription: String? {
    switch self {
    case .ratingsMissing(let path):
      return "the ratings file \(path) does not exist; run 'skillgap template > \(path)' to "
        + "start one."
    case .noSavedAssessment(let path):
      return "no --ratings given and no saved assessment at \(path); take the assessment with "
        + "'skillgap', or run 'skillgap template > ratings.csv', fill it in and pass "
        + "--ratings ratings.csv."
    case .ratingsUnreadable(let path, let reason):
      return "the ratings file \(path) cannot be read: \(reason)."
    case .ratingsInvalid(let path, let reason):
      return "\(path) is not a valid saved assessment: \(reason)."
    case .ratingsAreAnExport(let path):
      return "\(path): this is a skillgap export, not ratings; use the saved assessment or a CSV "
        + "(skillgap template prints one to fill in)."
    case .ratingsOfOtherFramework(let path, let found, let expected):
      return "\(path) rates the framework '\(found)', not '\(expected)'; name that framework's "
        + "folder with --content."
    case .ratingsHaveErrors(let path, let count):
      let problems = count == 1 ? "1 error" : "\(count) errors"
      return "\(path) has \(problems) (listed above); fix them and run again."
    case .unknownRole(let id, let suggestions):
      guard !suggestions.isEmpty else {
        return "the framework has no role '\(id)'; run 'skillgap roles' to list them."
      }
      let quoted = suggestions.map { "'\($0)'" }
      let names =
        quoted.count > 1
        ? quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "") : quoted.joined()
      return "the framework has no role '\(id)'; did you mean \(names)?"
    case .noTarget:
      return "a plan needs a target role; pass --target ROLE (see 'skillgap roles')."
    case .outputFailed(let path, let reason):
      return "cannot write \(path): \(reason); nothing was written."
    case .unknownStep(let id, let suggestions):
      let hint = suggestions.first.map { "; did you mean '\($0)'?" } ?? "."
      return
        "the plan has no step '\(id)'\(hint) Run 'skillgap progress' or 'skillgap plan' to see "
        + "the steps (ids such as pytorch@3)."
    case .noHistory(let folder):
      return "no history yet in \(folder); a snapshot is kept each time you finish the "
        + "assessment in the app (every skill answered) or start it over."
    case .oneSnapshot(let folder):
      return "the history in \(folder) has one snapshot; diff needs two: change a rating or the "
        + "target in the app, or re-take the assessment."
    case .unknownSnapshot(let reference, let count):
      return "the history has no snapshot '\(reference)'; name one by its number (1 to \(count)) "
        + "or the start of its date (2026-11-22), as 'skillgap history' prints them."
    }
  }
}
