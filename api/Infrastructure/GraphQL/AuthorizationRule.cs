using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// Enforces the policies that fields and types carry (<c>AuthorizeWithPolicy</c>): core GraphQL.NET stores them
/// but never checks them (TECH.md §2.3). Runs during validation, so a query, mutation or subscription that
/// selects anything the viewer may not use is not executed at all. Introspection needs a signed-in user.
/// Row-level scoping (which unit's data) is done by the resolvers' queries, not here.
/// </summary>
public sealed class AuthorizationRule : ValidationRuleBase
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        private readonly HashSet<(string, string)> _reported = [];

        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition op:
                    var root = op.Operation switch
                    {
                        OperationType.Mutation => context.Schema.Mutation,
                        OperationType.Subscription => context.Schema.Subscription,
                        _ => context.Schema.Query,
                    };
                    if (root is not null) await CheckAsync(root, root.Name, node, context);
                    break;
                case GraphQLField field:
                    var name = field.Name.StringValue;
                    if (name is "__schema" or "__type")
                    {
                        if (!IsAuthenticated(context.User)) Report(context, node, name, Unauthenticated,
                            "Introspection requires a signed-in user.");
                        break;
                    }
                    if (context.TypeInfo.GetFieldDef() is { } def)
                    {
                        await CheckAsync(def, $"field '{name}'", node, context);
                        if (def.ResolvedType?.GetNamedType() is IMetadataReader type && type is INamedType named)
                            await CheckAsync(type, $"type '{named.Name}'", node, context);
                    }
                    break;
                case GraphQLInlineFragment { TypeCondition: { } cond }:
                    if (context.Schema.AllTypes[cond.Type.Name.StringValue] is IMetadataReader condType)
                        await CheckAsync(condType, $"type '{cond.Type.Name.StringValue}'", node, context);
                    break;
            }
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

        private async ValueTask CheckAsync(IMetadataReader target, string what, ASTNode node, ValidationContext context)
        {
            var policies = target.GetPolicies();
            if (policies is null || policies.Count == 0) return;
            var user = context.User;
            if (!IsAuthenticated(user))
            {
                Report(context, node, what, Unauthenticated, $"You must sign in to use {what}.");
                return;
            }
            var auth = context.RequestServices!.GetRequiredService<IAuthorizationService>();
            foreach (var policy in policies)
            {
                var result = await auth.AuthorizeAsync(user!, policy);
                if (!result.Succeeded)
                {
                    Report(context, node, what, Forbidden, $"You are not allowed to use {what} (policy '{policy}').");
                    return;
                }
            }
        }

        private void Report(ValidationContext context, ASTNode node, string what, string code, string message)
        {
            if (!_reported.Add((what, code))) return;
            context.ReportError(new ValidationError(context.Document.Source, "authorization", message, node) { Code = code });
        }

        private static bool IsAuthenticated(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;
    }
}
