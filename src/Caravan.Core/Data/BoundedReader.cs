namespace Caravan.Core.Data;

/// <summary>A reader that fails with an <see cref="InputException"/> once it has given more than a set number of characters.</summary>
internal sealed class BoundedReader(TextReader inner, long maxChars, string message) : TextReader
{
    private long _read;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
            Count(1);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Count(inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Count(inner.Read(buffer));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private int Count(int n)
    {
        _read += n;
        if (_read > maxChars)
            throw new InputException(0, 0, message);
        return n;
    }
}
