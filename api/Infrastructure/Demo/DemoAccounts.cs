using OneStop.Api.Infrastructure.Auth;

namespace OneStop.Api.Infrastructure.Demo;

/// <summary>The demo profile's accounts (password <see cref="Password"/>); they never exist outside it.</summary>
public static class DemoAccounts
{
    public const string Password = "OneStop@2020";

    /// <summary>Email, full name, role, and unit slug (null = province).</summary>
    public sealed record Account(string Email, string FullName, string Role, string? UnitSlug);

    public static readonly Account[] All =
    [
        new("admin@onestop.local", "Nguyễn Văn Quản", Roles.Admin, null),
        new("inspector@onestop.local", "Trần Thị Thanh", Roles.Inspector, null),
        new("analyst@onestop.local", "Lê Minh Phân", Roles.Analyst, null),
        new("receptionist.tamky@onestop.local", "Phạm Thị Tiếp", Roles.Receptionist, "tamky"),
        new("specialist.tamky@onestop.local", "Hoàng Văn Thẩm", Roles.Specialist, "tamky"),
        new("leader.tamky@onestop.local", "Võ Đình Lãnh", Roles.Leader, "tamky"),
        new("receptionist.namtramy@onestop.local", "Hồ Thị Nhận", Roles.Receptionist, "namtramy"),
        new("specialist.namtramy@onestop.local", "Đinh Văn Xử", Roles.Specialist, "namtramy"),
        new("leader.namtramy@onestop.local", "Hồ Văn Đạo", Roles.Leader, "namtramy"),
        new("dataentry.namtramy@onestop.local", "Trần Văn Nhập", Roles.DataEntry, "namtramy"),
    ];
}
