import Foundation
import SkillgapCore
import SkillgapLoading

// Build-time tool: `skillgap-embed CONTENT_DIR OUTPUT.swift`. Validates the framework and writes
// it as Swift source; any error fails the build with file:line:column messages.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: skillgap-embed CONTENT_DIR OUTPUT.swift\n".utf8))
  exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])
do {
  let result = try FrameworkFolder.load(folder)
  for diagnostic in result.diagnostics.sortedForDisplay() {
    let line = "\(folder.path)/\(diagnostic)\n"
    FileHandle.standardError.write(Data(line.utf8))
  }
  guard let framework = result.framework else { exit(1) }
  let source = EmbeddedForm.swiftSource(framework)
  if (try? String(contentsOf: output, encoding: .utf8)) != source {
    try Data(source.utf8).write(to: output, options: .atomic)
  }
} catch {
  FileHandle.standardError.write(Data("skillgap-embed: \(error.localizedDescription)\n".utf8))
  exit(1)
}
