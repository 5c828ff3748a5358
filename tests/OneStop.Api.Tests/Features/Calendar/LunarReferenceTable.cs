using System.Globalization;

namespace OneStop.Api.Tests.Features.Calendar;

// Reads TestData/lunar-dates-vn-cn.csv (copied from shared/data, DOMAIN §8.5) from the test output folder.
internal static class LunarReferenceTable
{
    public sealed record Row(int Year, DateOnly TetVn, DateOnly GiaoThuaVn, DateOnly HungKingsVn, DateOnly TetCn, DateOnly HungKingsCn);

    private static readonly Lazy<IReadOnlyList<Row>> LazyRows = new(Load);

    public static IReadOnlyList<Row> Rows => LazyRows.Value;

    public static Row For(int year) => Rows.Single(r => r.Year == year);

    private static List<Row> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Features", "Calendar", "TestData", "lunar-dates-vn-cn.csv");
        return File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(c => new Row(
                int.Parse(c[0], CultureInfo.InvariantCulture), Parse(c[1]), Parse(c[2]), Parse(c[3]), Parse(c[4]), Parse(c[5])))
            .ToList();
    }

    private static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
