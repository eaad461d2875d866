/**
 * The run and import commands: start the embedded MariaDB and Payara Micro with the application, or send a CSV
 * to a running system. Built with the project but left out of the WAR.
 */
package vn.lienthong.launcher;
