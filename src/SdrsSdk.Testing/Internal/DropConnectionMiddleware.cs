using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SdrsSdk.Testing.Internal;

/// <summary>
/// Resets the connection of a response the pipeline marked with <see cref="EmulatorCore.DropHeader"/>, just before
/// its headers would be sent: WireMock's own faults still send a status line, a dropped connection sends nothing.
/// </summary>
internal static class DropConnectionMiddleware
{
    public static void Install(object applicationBuilder)
    {
        if (applicationBuilder is IApplicationBuilder app)
        {
            app.Use(
                static (context, next) =>
                {
                    context.Response.OnStarting(
                        static state =>
                        {
                            var httpContext = (HttpContext)state;
                            if (httpContext.Response.Headers.ContainsKey(EmulatorCore.DropHeader))
                            {
                                httpContext.Abort();
                            }

                            return Task.CompletedTask;
                        },
                        context
                    );
                    return next(context);
                }
            );
        }
    }
}
