import Foundation
import PackagePlugin

/// Turns the package's `styles/*.css` into Swift constants compiled into the target.
/// `Bundle.module` resources are not found on Linux once the binary is copied away from `.build`.
@main
struct EmbedStyles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let stylesFolder = context.package.directoryURL.appending(path: "styles")
        let cssFiles = try FileManager.default
            .contentsOfDirectory(at: stylesFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "css" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedStyles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(cssFiles.count) style sheets",
                executable: try context.tool(named: "embed-styles").url,
                arguments: [output.path] + cssFiles.map(\.path),
                inputFiles: cssFiles,
                outputFiles: [output]
            )
        ]
    }
}
