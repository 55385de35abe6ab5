package org.campusnews.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.campusnews.section.Section;
import org.campusnews.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Page 500 of a large section reads as few rows as page 1: the page query is an index range lookup, not an OFFSET
 * scan that grows with the page number. Checked on PostgreSQL's own execution plan, so it does not depend on timing.
 */
class PagingQueryPlanIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pageFiveHundredReadsNoMoreRowsThanPageOne() {
        Section section = content.section();
        content.bulkPublish(section, content.department(), 10_020);

        Plan first = explain(section, 10_020, 1);
        Plan fiveHundredth = explain(section, 10_020, 500);

        assertThat(first.returnedRows()).isEqualTo(20);
        assertThat(fiveHundredth.returnedRows()).isEqualTo(20);
        assertThat(fiveHundredth.listingRowsRead()).isEqualTo(first.listingRowsRead()).isEqualTo(20);
        assertThat(fiveHundredth.indexes()).contains("section_listing_order_idx");
        assertThat(fiveHundredth.nodeTypes()).doesNotContain("Seq Scan", "Sort");
    }

    private Plan explain(Section section, int unpinnedCount, int page) {
        int highest = unpinnedCount - (page - 1) * SectionListing.PAGE_SIZE;
        String sql = SectionListing.UNPINNED_PAGE
                .replace(":sectionId", section.getId().toString())
                .replace(":lang", "'en'")
                .replace(":lowest", Integer.toString(highest - SectionListing.PAGE_SIZE + 1))
                .replace(":highest", Integer.toString(highest));
        String json = jdbc.queryForObject("explain (analyze, format json) " + sql, String.class);
        JsonNode root = JsonMapper.builder().build().readTree(json).get(0).get("Plan");
        List<JsonNode> nodes = new ArrayList<>();
        collect(root, nodes);
        long listingRows = nodes.stream()
                .filter(node -> "section_listing".equals(node.path("Relation Name").asString(null)))
                .mapToLong(node -> node.path("Actual Rows").asLong() * node.path("Actual Loops").asLong())
                .sum();
        return new Plan(root.path("Actual Rows").asLong(), listingRows,
                nodes.stream().map(node -> node.path("Index Name").asString("")).toList(),
                nodes.stream().map(node -> node.path("Node Type").asString("")).toList());
    }

    private static void collect(JsonNode node, List<JsonNode> nodes) {
        nodes.add(node);
        node.path("Plans").forEach(child -> collect(child, nodes));
    }

    record Plan(long returnedRows, long listingRowsRead, List<String> indexes, List<String> nodeTypes) {
    }
}
