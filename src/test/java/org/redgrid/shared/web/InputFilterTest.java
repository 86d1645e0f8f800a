package org.redgrid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redgrid.shared.InvalidValue;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Headers the connector lets through are checked too (the connector itself refuses most controls). */
class InputFilterTest {

    @Test
    void aControlCharacterInAnIdempotencyKeyIsRefusedNamingTheHeader() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/cases");
        request.addHeader("Idempotency-Key", "retry\u0000one");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new InputFilter().doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(chain.getRequest()).as("the request went no further").isNull();
        InvalidValue refused = (InvalidValue) request.getAttribute(ErrorAnswers.REFUSED);
        assertThat(refused.field()).isEqualTo("Idempotency-Key");
        assertThat(refused.rule()).isEqualTo("text.control-character");
    }

    @Test
    void aTabInAHeaderAndTextWithLineBreaksInAFormPass() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/report");
        request.addHeader("User-Agent", "a\tb");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter("description", "line one\r\nline two");
        MockFilterChain chain = new MockFilterChain();

        new InputFilter().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void percentDecodingKeepsAMalformedEscapeButStillFindsTheNul() {
        assertThat(InputFilter.decoded("%zz%00")).isEqualTo("%zz\u0000");
        assertThat(InputFilter.decoded("%E5%BC%A0")).isEqualTo("张");
    }
}
