import ArgumentParser
import Foundation
import SkillgapCore

/// "Did you mean" for the command line: a mistyped command, in any position it can appear
/// (`skillgap reprot`, `skillgap help reprot`), and an unknown option, measured against every
/// option the command takes, so `--hours` finds `--hours-per-week` and `--verison` finds
/// `--version` (argument-parser only suggests names within three edits, and for a typo before
/// any command it answers with the default command's usage).
enum ArgumentHints {
  /// The names of the commands, `help` last.
  static var commands: [String] {
    Skillgap.configuration.subcommands.map { $0._commandName } + ["help"]
  }

  /// Why the arguments name no command, or nil when they do (or start with an option).
  ///
  /// - Parameter arguments: The arguments after the program's name.
  /// - Returns: One line for standard error.
  static func unknownCommand(in arguments: [String]) -> String? {
    guard var word = arguments.first, !word.hasPrefix("-") else { return nil }
    if word == "help" {
      // `help` takes a command; a word that is none must not fall back to the top-level help.
      guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return nil }
      word = arguments[1]
    }
    guard !commands.contains(word) else { return nil }
    let hint = Suggestions.hint(for: word, in: commands)
    return "skillgap: '\(word)' is not a command.\(hint) The commands are "
      + commands.dropLast().joined(separator: ", ") + "; see 'skillgap --help'."
  }

  /// argument-parser's message for a failed parse, with an unknown option said plainly and the
  /// nearest option of the command named.
  /// - Parameters:
  ///   - message: The message argument-parser wrote.
  ///   - arguments: The arguments after the program's name.
  /// - Returns: The message to print.
  static func improve(_ message: String, arguments: [String]) -> String {
    var lines = message.components(separatedBy: "\n")
    let prefix = "Error: Unknown option '"
    guard let first = lines.first, first.hasPrefix(prefix) else { return message }
    let rest = first.dropFirst(prefix.count)
    guard let end = rest.firstIndex(of: "'") else { return message }
    let option = String(rest[..<end])
    let command = Skillgap.configuration.subcommands.first {
      $0._commandName == arguments.first
    }
    // Before any command word, the top-level options count as well as the default command's.
    var candidates = optionNames(of: command ?? Assess.self)
    if command == nil { candidates += optionNames(of: Skillgap.self) }
    candidates = candidates.filter { $0 != option }.uniqued()
    // Short options are single letters: any other letter would be "near".
    let hint = option.hasPrefix("--") ? Suggestions.hint(for: option, in: candidates) : ""
    lines[0] = "Error: '\(option)' is not an option.\(hint)"
    if command == nil {
      // The default command's usage would hide that the option is unknown everywhere.
      lines = [lines[0], "  See 'skillgap --help' for the commands and their options."]
    }
    return lines.joined(separator: "\n")
  }

  /// Every long option a command's help names, such as `--hours-per-week`.
  static func optionNames(of command: any ParsableCommand.Type) -> [String] {
    let help = command.helpMessage(columns: 1000)
    var names: [String] = []
    var current = ""
    for character in help + " " {
      if character.isLetter || character.isNumber || character == "-" {
        current.append(character)
        continue
      }
      if current.hasPrefix("--"), current.count > 2 {
        names.append(current.hasSuffix("-") ? String(current.dropLast()) : current)
      }
      current = ""
    }
    return names.uniqued()
  }
}
