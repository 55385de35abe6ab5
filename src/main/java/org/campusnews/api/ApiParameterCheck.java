package org.campusnews.api;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.campusnews.web.BadRequestException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses an API request with a parameter its address does not take (a misspelt filter would otherwise be ignored
 * and the answer hold every article) or with one given more than once, which Spring would join with commas.
 */
class ApiParameterCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> accepted = new TreeSet<>();
        Arrays.stream(method.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestParam.class))
                .filter(annotation -> annotation != null && !annotation.name().isEmpty())
                .forEach(annotation -> accepted.add(annotation.name()));
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!accepted.contains(name)) {
                throw new BadRequestException("Unknown parameter '" + name + "': this address takes "
                        + (accepted.isEmpty() ? "no parameters" : String.join(", ", accepted)));
            }
            if (parameter.getValue().length > 1) {
                throw new BadRequestException("The parameter '" + name + "' is given more than once");
            }
        }
        return true;
    }
}
