import OOXMLWriter

/// The official schemas, compiled once per test process.
public enum Schemas {
    private static let ooxml = Paths.schemas.appendingPathComponent("ooxml-transitional")

    public static let wml = try! SchemaValidator(path: ooxml.appendingPathComponent("wml.xsd").path, kind: .xsd)
    public static let contentTypes = try! SchemaValidator(path: ooxml.appendingPathComponent("opc-xsd/opc-contentTypes.xsd").path, kind: .xsd)
    public static let relationships = try! SchemaValidator(path: ooxml.appendingPathComponent("opc-xsd/opc-relationships.xsd").path, kind: .xsd)
    public static let coreProperties = try! SchemaValidator(path: ooxml.appendingPathComponent("opc-xsd/opc-coreProperties.xsd").path, kind: .xsd)
    public static let extendedProperties = try! SchemaValidator(path: ooxml.appendingPathComponent("shared-documentPropertiesExtended.xsd").path, kind: .xsd)

    /// The schema a DOCX part must satisfy, by its name.
    public static func forDOCXPart(_ name: String) -> SchemaValidator? {
        switch name {
        case "[Content_Types].xml": return contentTypes
        case let n where n.hasSuffix(".rels"): return relationships
        case "docProps/core.xml": return coreProperties
        case "docProps/app.xml": return extendedProperties
        case let n where n.hasPrefix("word/") && n.hasSuffix(".xml"): return wml
        default: return nil
        }
    }

    /// Every XML part of a DOCX with its validation errors ("" part name when the ZIP is bad).
    public static func validateDOCX(_ bytes: [UInt8]) throws -> [String: [XMLParseError]] {
        let zip = try ZipReader(bytes)
        var out: [String: [XMLParseError]] = [:]
        for name in zip.names {
            guard let schema = forDOCXPart(name) else {
                out[name] = [XMLParseError(line: 0, message: "no schema known for this part")]
                continue
            }
            out[name] = schema.errors(in: try zip.data(name))
        }
        return out
    }
}


extension Schemas {
    private static let odf = Paths.schemas.appendingPathComponent("odf-1.3")
    public static let odfDocument = try! SchemaValidator(path: odf.appendingPathComponent("OpenDocument-v1.3-schema.rng").path, kind: .relaxNG)
    public static let odfManifest = try! SchemaValidator(path: odf.appendingPathComponent("OpenDocument-v1.3-manifest-schema.rng").path, kind: .relaxNG)

    /// Every part of an ODT with its validation errors against the strict ODF 1.3 schemas.
    public static func validateODT(_ bytes: [UInt8]) throws -> [String: [XMLParseError]] {
        let zip = try ZipReader(bytes)
        var out: [String: [XMLParseError]] = [:]
        for name in zip.names {
            switch name {
            case "mimetype":
                let ok = try zip.data(name) == Array("application/vnd.oasis.opendocument.text".utf8)
                out[name] = ok ? [] : [XMLParseError(line: 0, message: "wrong mimetype")]
            case "META-INF/manifest.xml": out[name] = odfManifest.errors(in: try zip.data(name))
            case "content.xml", "styles.xml", "meta.xml", "settings.xml": out[name] = odfDocument.errors(in: try zip.data(name))
            default: out[name] = [XMLParseError(line: 0, message: "no schema known for this part")]
            }
        }
        return out
    }
}

extension Schemas {
    public static let sml = try! SchemaValidator(path: Paths.schemas.appendingPathComponent("ooxml-transitional/sml.xsd").path, kind: .xsd)

    /// Every part of an XLSX with its validation errors: SpreadsheetML parts against sml.xsd,
    /// the package parts against the OPC schemas.
    public static func validateXLSX(_ bytes: [UInt8]) throws -> [String: [XMLParseError]] {
        let zip = try ZipReader(bytes)
        var out: [String: [XMLParseError]] = [:]
        for name in zip.names {
            let schema: SchemaValidator?
            switch name {
            case let n where n.hasPrefix("xl/") && n.hasSuffix(".xml"): schema = sml
            default: schema = forDOCXPart(name)
            }
            guard let schema else {
                out[name] = [XMLParseError(line: 0, message: "no schema known for this part")]
                continue
            }
            out[name] = schema.errors(in: try zip.data(name))
        }
        return out
    }
}
