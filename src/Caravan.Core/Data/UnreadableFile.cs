namespace Caravan.Core.Data;

/// <summary>
/// Stands for a file that exists but cannot be opened (a dangling or looping link, no permission):
/// the first read fails with the reason, so every reader reports it as a problem of that file.
/// </summary>
internal sealed class UnreadableFile(string reason) : TextReader
{
    public override int Peek() => throw new InputException(0, 0, reason);

    public override int Read() => throw new InputException(0, 0, reason);

    public override int Read(char[] buffer, int index, int count) => throw new InputException(0, 0, reason);

    public override int Read(Span<char> buffer) => throw new InputException(0, 0, reason);
}
