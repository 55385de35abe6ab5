package org.campusnews.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to errors that happen outside controllers, which the servlet container forwards to {@code /error}: a
 * request refused by a filter or by security, or one that cannot be read. It is the site's error page (or problem
 * details on the JSON endpoints), never the container's own page. Asked for directly, {@code /error} is a page that
 * does not exist.
 */
@Controller
class ContainerErrors implements ErrorController {

    private final ErrorAnswers answers;

    ContainerErrors(ErrorAnswers answers) {
        this.answers = answers;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() != DispatcherType.ERROR || !(status instanceof Integer code)) {
            return answers.answer(request, response, HttpStatus.NOT_FOUND, null);
        }
        Object detail = request.getAttribute(ErrorAnswers.DETAIL);
        return answers.answer(request, response, ErrorAnswers.statusOf(code),
                detail instanceof MessageSourceResolvable message ? message : null);
    }
}
