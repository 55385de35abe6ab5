package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BrowseCountConcurrencyIntegrationTests extends IntegrationTest {

    @Autowired
    ArticleRepository articles;

    @Autowired
    BrowseCounter browseCounter;

    @Test
    void twoHundredSimultaneousViewsRaiseTheCountByTwoHundred() {
        Article article = content.article(content.section(), content.department()).en("Popular").save();
        HttpRequest view = HttpRequest.newBuilder(uri("/en/articles/" + article.getId())).header("User-Agent", BROWSER).build();

        List<CompletableFuture<HttpResponse<Void>>> responses = IntStream.range(0, 200)
                .mapToObj(i -> http().sendAsync(view, HttpResponse.BodyHandlers.discarding()))
                .toList();

        assertThat(responses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(200);
        browseCounter.flush();
        assertThat(articles.findById(article.getId()).orElseThrow().getBrowseCount()).isEqualTo(200);
    }
}
