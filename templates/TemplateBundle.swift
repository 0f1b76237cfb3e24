import Foundation

/// The bundled `templates/` folder: official formats and style sets, shipped as data.
public enum TemplateBundle {
    /// The folder that holds `formats/` and `styles/` inside the built resource bundle.
    public static var directory: URL {
        Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }
}
