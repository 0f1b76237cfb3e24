import Foundation

/// The bundled `templates/` folder: official formats and style sets, shipped as data.
public enum TemplateBundle {
    /// The folder that holds `formats/` and `styles/` inside the built resource bundle.
    public static var directory: URL { found }

    /// Found once per process. `Bundle.module` would first make `Bundle.main`, which lists the
    /// executable's whole folder (and then the resource folder) only to learn they are no
    /// bundles; the resource folder beside the executable is where it looks first, so a stat
    /// of that one path says the same. Anywhere else (the build folder's path) is its to find.
    private static let found: URL = besideExecutable() ?? (Bundle.module.resourceURL ?? Bundle.module.bundleURL)

    /// The name SwiftPM gives this target's resource folder (package `gkexport`, target `Templates`).
    static let resourceFolderName = "gkexport_Templates.resources"

    /// `gkexport_Templates.resources` in the folder of the running executable, if it is a folder.
    static func besideExecutable() -> URL? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let executable = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
            .appendingPathComponent(resourceFolderName, isDirectory: true)
        var info = stat()
        guard stat(folder.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return folder
        #else
        return nil
        #endif
    }
}
