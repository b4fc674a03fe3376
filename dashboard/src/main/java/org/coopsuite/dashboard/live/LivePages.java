package org.coopsuite.dashboard.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.MediaType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live pages: the dashboard reads the three topics in a consumer group of its own, only to learn
 * that something changed (the record's key, its aggregate's id; the value is not decoded), and
 * tells every open page by a server-sent event {@code change}; the page then fetches its fragment
 * again through the services' APIs, with its user's token (htmx's sse extension).
 */
@Controller
class LivePages {

    /** A page's stream is closed after this and reopened by the browser, so that none is kept forever. */
    static final Duration STREAM = Duration.ofMinutes(30);

    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();

    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live() {
        SseEmitter page = new SseEmitter(STREAM.toMillis());
        pages.add(page);
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(() -> pages.remove(page));
        page.onError(e -> pages.remove(page));
        try {
            // Sent at once, so that the response starts now: a browser's stream stays "connecting"
            // until the first bytes come, which would otherwise be the first change.
            page.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            pages.remove(page);
        }
        return page;
    }

    @KafkaListener(topics = {"coop.call.events", "coop.funding.events", "coop.dialogue.events"},
            groupId = "${coop.dashboard.live-group}")
    void changed(ConsumerRecord<String, byte[]> event) {
        String aggregate = event.key() == null ? "" : event.key();
        for (SseEmitter page : pages) {
            try {
                page.send(SseEmitter.event().name("change").data(aggregate));
            } catch (IOException | IllegalStateException e) {
                pages.remove(page);
            }
        }
    }

    int open() {
        return pages.size();
    }
}
