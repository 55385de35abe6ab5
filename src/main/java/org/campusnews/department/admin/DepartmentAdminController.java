package org.campusnews.department.admin;

import org.campusnews.department.Department;
import org.campusnews.department.DepartmentService;
import org.campusnews.i18n.admin.BilingualEntityAdminController;
import org.campusnews.i18n.admin.BilingualEntityScreen;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Departments, for administrators (the URL rules in SecurityConfig let nobody else in). */
@Controller
@RequestMapping("/admin/departments")
class DepartmentAdminController extends BilingualEntityAdminController<Department> {

    DepartmentAdminController(DepartmentService departments) {
        super(departments, new BilingualEntityScreen("department", "/admin/departments", null));
    }
}
