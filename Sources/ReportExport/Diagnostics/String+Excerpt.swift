extension String {
    /// At most 40 characters and an ellipsis: enough of a long text to recognise it in a message.
    public var excerpt: String { count > 40 ? String(prefix(40)) + "……" : self }
}
