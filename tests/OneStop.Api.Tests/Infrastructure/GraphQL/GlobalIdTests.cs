using System.Text;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Tests.Infrastructure.GraphQL;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("Unit", 1L)]
    [InlineData("Unit", 0L)]
    [InlineData("Dossier", long.MaxValue)]
    public void Numeric_ids_round_trip(string type, long id)
    {
        var encoded = GlobalId.Encode(type, id);
        Assert.True(GlobalId.TryDecode(encoded, type, out var decoded));
        Assert.Equal(id, decoded);
    }

    [Fact]
    public void String_ids_round_trip_including_colons_and_vietnamese()
    {
        var encoded = GlobalId.Encode("Procedure", "1.000046:Đăng ký");
        Assert.True(GlobalId.TryDecode(encoded, out var type, out var local));
        Assert.Equal("Procedure", type);
        Assert.Equal("1.000046:Đăng ký", local);
    }

    [Fact]
    public void Ids_are_opaque_base64()
    {
        Assert.Equal("VW5pdDo0Mg==", GlobalId.Encode("Unit", 42));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("!!!")]                 // not base64
    [InlineData("VW5pdA==")]            // "Unit": no colon
    [InlineData("OjQy")]                // ":42": no type
    [InlineData("VW5pdDo=")]            // "Unit:": no local id
    public void Malformed_ids_are_rejected(string? id)
    {
        Assert.False(GlobalId.TryDecode(id, out _, out _));
        Assert.False(GlobalId.TryDecode(id, "Unit", out _));
    }

    [Fact]
    public void Overlong_ids_are_rejected_before_decoding()
    {
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes("Unit:" + new string('1', 300)));
        Assert.False(GlobalId.TryDecode(id, out _, out _));
    }

    [Theory]
    [InlineData("Dossier", "42")]       // another type
    [InlineData("Unit", "abc")]         // not numeric
    [InlineData("Unit", "-1")]          // signs are not ours
    [InlineData("Unit", " 1")]
    public void Wrong_type_or_non_numeric_local_ids_are_rejected(string type, string local)
    {
        Assert.False(GlobalId.TryDecode(GlobalId.Encode(type, local), "Unit", out _));
    }
}
