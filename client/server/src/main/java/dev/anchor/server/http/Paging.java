package dev.anchor.server.http;

import io.javalin.http.Context;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Pagination as the REST binding has it: {@code perPage} (default {@value #DEFAULT_PER_PAGE}, as openapi.yaml's
 * {@code PerPage}; at most {@value #MAX_PER_PAGE}, this server's upper limit, which a larger value is cut down to),
 * {@code nextPageToken}, and the {@code Link: <…>; rel="next"} header that points to the next page while there is one.
 *
 * @param perPage the page size
 * @param token   the {@code nextPageToken} given, if any
 */
record Paging(int perPage, Optional<String> token) {
    static final int DEFAULT_PER_PAGE = 30;
    static final int MAX_PER_PAGE = 1000;
    static final String PER_PAGE = "perPage";
    static final String NEXT_PAGE_TOKEN = "nextPageToken";

    /**
     * @throws EpcisHttpException 400 QueryParameterException for a {@code perPage} that is not a positive integer
     */
    static Paging of(Context ctx) {
        String perPage = ctx.queryParam(PER_PAGE);
        int size = DEFAULT_PER_PAGE;
        if (perPage != null) {
            try {
                size = Integer.parseInt(perPage.trim());
            } catch (NumberFormatException e) {
                size = 0;
            }
            if (size < 1) {
                throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, "perPage is \"" + perPage
                        + "\", not a positive integer (at most " + MAX_PER_PAGE + ")");
            }
        }
        String token = ctx.queryParam(NEXT_PAGE_TOKEN);
        return new Paging(Math.min(size, MAX_PER_PAGE), Optional.ofNullable(token).filter(t -> !t.isBlank()));
    }

    /**
     * Sets {@code Link: <this URL with nextPageToken=…>; rel="next"} when a next page exists: the request's URL with
     * its query string, {@code nextPageToken} replaced.
     */
    static void linkNext(Context ctx, Optional<String> nextPageToken) {
        nextPageToken.ifPresent(token -> {
            StringJoiner query = new StringJoiner("&");
            for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
                if (parameter.getKey().equals(NEXT_PAGE_TOKEN)) {
                    continue;
                }
                for (String value : parameter.getValue()) {
                    query.add(encode(parameter.getKey()) + "=" + encode(value));
                }
            }
            query.add(NEXT_PAGE_TOKEN + "=" + encode(token));
            ctx.header("Link", "<" + ctx.url() + "?" + query + ">; rel=\"next\"");
        });
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
