package uk.org.ncpm.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;

/** The synchroniser token of every form: a POST whose token is missing or not its session's is refused with a 403. */
final class FormToken {

    static final String FIELD = "csrf";

    private FormToken() {
    }

    static void require(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        String given = ctx.formParam(FIELD);
        if (visitor.session().isEmpty() || !visitor.session().get().carries(given)) {
            throw new ForbiddenResponse("The form could not be accepted: it has expired or did not come from this site. "
                    + "Go back, reload the page and try again.");
        }
    }
}
