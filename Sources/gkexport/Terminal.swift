import Foundation

/// Messages for people go to standard error; standard output carries results only.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
