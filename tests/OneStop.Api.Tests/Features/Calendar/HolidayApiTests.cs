using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Features.Calendar;

public sealed class HolidayApiTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Holidays = "query($y: Int!) { holidays(year: $y) { date name kind isDayOff source official confirmed } }";

    private const string Set = """
        mutation($input: SetHolidayScheduleInput!) {
          setHolidaySchedule(input: $input) {
            holidays { date kind official }
            errors { __typename ... on UserError { code message } ... on ValidationError { field } }
          }
        }
        """;

    private static async Task<JsonArray> HolidaysOf(HttpClient client, int year) =>
        (await client.DataAsync(Holidays, new { y = year }))["holidays"]!.AsArray();

    private static JsonNode? On(JsonArray days, string date) => days.FirstOrDefault(d => d!["date"]!.GetValue<string>() == date);

    [Fact]
    public async Task The_official_2026_schedule_is_public_and_has_Tet_and_the_Hung_Kings_day_off()
    {
        var days = await HolidaysOf(await factory.ClientAsync(), 2026);
        foreach (var date in new[] { "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20" })
            Assert.True(On(days, date)?["isDayOff"]?.GetValue<bool>(), date);
        Assert.Equal("COMPENSATORY_DAY_OFF", On(days, "2026-04-27")!["kind"]!.GetValue<string>());
        Assert.All(days, d => Assert.True(d!["official"]!.GetValue<bool>()));
        Assert.All(days, d => Assert.False(string.IsNullOrWhiteSpace(d!["source"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_year_without_a_schedule_is_generated_from_the_labour_code_and_lunar_calendar()
    {
        var days = await HolidaysOf(await factory.ClientAsync(), 2031);
        Assert.All(days, d => Assert.False(d!["official"]!.GetValue<bool>()));
        // Tết 2031 (lunar 1/1) falls on 23 January 2031.
        Assert.NotNull(On(days, "2031-01-23"));
        Assert.NotNull(On(days, "2031-09-02"));
    }

    [Fact]
    public async Task Names_follow_the_request_language()
    {
        var client = await factory.ClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var day = On(await HolidaysOf(client, 2026), "2026-05-01")!;
        Assert.Contains("Labour", day["name"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2101)]
    public async Task Years_outside_the_lunar_table_are_refused(int year)
    {
        var body = await (await factory.ClientAsync()).GraphQLAsync(Holidays, new { y = year });
        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
    }

    [Fact]
    public async Task Admin_enters_a_schedule_and_can_remove_it_again()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var days = new[]
        {
            new { date = "2032-01-01", nameVi = "Tết Dương lịch", nameEn = "New Year's Day", kind = "PUBLIC_HOLIDAY", source = "Thông báo thử nghiệm", confirmed = true },
            new { date = "2032-01-03", nameVi = "Làm bù", nameEn = "Swapped working day", kind = "SWAPPED_WORKING_DAY", source = "Thông báo thử nghiệm", confirmed = false },
        };
        var payload = (await admin.DataAsync(Set, new { input = new { year = 2032, days } }))["setHolidaySchedule"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        var stored = await HolidaysOf(admin, 2032);
        Assert.Equal(2, stored.Count);
        Assert.False(On(stored, "2032-01-03")!["confirmed"]!.GetValue<bool>());
        await admin.DataAsync(Set, new { input = new { year = 2032, days = Array.Empty<object>() } });
        Assert.All(await HolidaysOf(admin, 2032), d => Assert.False(d!["official"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Invalid_rows_are_reported_per_field_and_nothing_is_written()
    {
        var admin = await factory.ClientAsync("admin@onestop.local");
        var before = (await HolidaysOf(admin, 2026)).Count;
        var days = new[]
        {
            new { date = "2025-12-31", nameVi = "Sai năm", nameEn = "Wrong year", kind = "PUBLIC_HOLIDAY", source = "x", confirmed = true },
            new { date = "2026-03-04", nameVi = "Làm bù", nameEn = "Swap", kind = "SWAPPED_WORKING_DAY", source = "x", confirmed = true },
            new { date = "2026-03-07", nameVi = "Nghỉ bù", nameEn = "Comp", kind = "COMPENSATORY_DAY_OFF", source = "", confirmed = true },
        };
        var errors = (await admin.DataAsync(Set, new { input = new { year = 2026, days } }))["setHolidaySchedule"]!["errors"]!.AsArray();
        var fields = errors.Select(e => e!["field"]!.GetValue<string>()).ToList();
        Assert.Contains("days[0].date", fields);
        Assert.Contains("days[1].kind", fields);
        Assert.Contains("days[2].kind", fields);
        Assert.Contains("days[2].source", fields);
        Assert.All(errors, e => Assert.Equal("VALIDATION", e!["code"]!.GetValue<string>()));
        Assert.Equal(before, (await HolidaysOf(admin, 2026)).Count);
    }

    [Fact]
    public async Task Only_admins_enter_schedules()
    {
        var leader = await factory.ClientAsync("leader.tamky@onestop.local");
        var body = await leader.GraphQLAsync(Set, new { input = new { year = 2033, days = Array.Empty<object>() } });
        Assert.Equal("FORBIDDEN", body.ErrorCode());
    }
}
