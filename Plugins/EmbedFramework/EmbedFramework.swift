import Foundation
import PackagePlugin

/// Turns the package's `Content/` folder into Swift source compiled into the target, so the
/// binary carries its default framework wherever it is copied.
@main
struct EmbedFramework: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let content = context.package.directoryURL.appending(path: "Content")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFramework.swift")
    var inputs: [URL] = []
    if let files = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil) {
      for case let file as URL in files
      where file.pathExtension == "yaml" || file.pathExtension == "yml" {
        inputs.append(file)
      }
    }
    return [
      .buildCommand(
        displayName: "Embedding the default framework from Content/",
        executable: try context.tool(named: "skillgap-embed").url,
        arguments: [content.path, output.path],
        inputFiles: inputs.sorted { $0.path < $1.path },
        outputFiles: [output])
    ]
  }
}
